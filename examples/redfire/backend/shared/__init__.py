"""Code shared by the services (placeholder)."""
