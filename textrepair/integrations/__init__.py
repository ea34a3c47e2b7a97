"""Thin adapters for frameworks (Dask, datatrove); each imports its framework lazily."""
