"""Watching sources: a registry of feeds, listing pages and sitemaps polled on their own
schedules (registry), polite fetching (politeness), finding new items (discovery), the loop
that stores them through the ingest pipeline (loop), and alerts on followed dyads (alerts).
"""
