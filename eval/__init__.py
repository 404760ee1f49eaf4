"""Retrieval evaluation: question sets, metrics, reports (`notices eval`)."""
