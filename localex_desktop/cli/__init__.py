"""The `localex` admin command. Thin over the services; imports no Qt."""
