"""Step 1: files -> Document records -> sentences with their reference dates and places."""
