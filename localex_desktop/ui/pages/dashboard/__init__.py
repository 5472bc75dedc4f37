"""The Dashboard page: figures, charts and checks of the exchange at a glance."""
