"""Connected accounts and publications: models arrive with the publishing work."""
