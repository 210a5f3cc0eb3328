"""Batch summarization of article files: streaming, all cores, resumable, and on Dask."""
