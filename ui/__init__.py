"""Streamlit pages (presentation only; no retrieval logic lives here)."""
