"""Link extraction and checking."""
