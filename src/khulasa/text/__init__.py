"""Text layer: repair scraped Arabic, normalize for matching, split sentences, tokenize, stem."""
