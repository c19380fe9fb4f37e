"""Scheduled link audits: every link of the content checked again, judged against its history."""
