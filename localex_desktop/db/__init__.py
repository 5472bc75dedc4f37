"""Database layer: models, engine, the embedded server and migrations. No Qt."""
