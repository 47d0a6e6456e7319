"""The coaching engine: analyser, content blocks, stages, styles, composer and summaries."""
