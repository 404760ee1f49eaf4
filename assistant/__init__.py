"""How a question becomes an answer; for now the `notices` command line."""
