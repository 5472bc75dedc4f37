"""The Listings page: the directory of offers and wants, and its categories."""
