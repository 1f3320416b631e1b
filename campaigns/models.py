"""Campaigns, scheduling and the crisis pause: models arrive with the campaigns work."""
