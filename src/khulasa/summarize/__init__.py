"""From scored sentences to what an editor writes: summary, highlights, headline, key phrases."""
