"""The `notices` command line: one thin module per command, heavy imports deferred."""
