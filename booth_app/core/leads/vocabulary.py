"""The words a lead is rated and staged with: RATINGS, STAGES and the stages' labels."""

RATINGS = ("hot", "warm", "cold")
STAGES = ("new", "contacted", "meeting", "quotation", "mou", "won", "lost")
STAGE_LABELS = {"new": "New", "contacted": "Contacted", "meeting": "Meeting",
                "quotation": "Quotation", "mou": "MoU signed", "won": "Won", "lost": "Lost"}
