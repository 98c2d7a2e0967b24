"""Published notices (整改情况通报): parse one into an ImportPlan; compose one from records
and statistics. No Qt, no database."""
