"""Build scripts for the data that ships inside the package."""
