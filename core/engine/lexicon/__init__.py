"""The analyser's authored word lists and the small phrase language they are written in.

All lists here are written for Amora; none is copied from a third-party lexicon.
"""
