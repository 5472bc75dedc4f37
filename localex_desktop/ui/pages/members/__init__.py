"""Members: the directory of people in the exchange, their accounts and their history."""
