"""PHI scanner results, patient releases, reviews and the audit trail: models arrive
with the compliance work."""
