"""Honest evaluation: Arabic-aware ROUGE, corpora, peer systems, bootstrap statistics."""
