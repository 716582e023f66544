"""user-trading service: the plan's health endpoint only (a placeholder so the Dockerfile's COPY has a source)."""
import os
from datetime import datetime

from fastapi import FastAPI

app = FastAPI()


@app.get("/health")
async def health_check():
    return {
        "status": "healthy",
        "service": os.getenv("SERVICE_NAME"),
        "timestamp": datetime.utcnow().isoformat()
    }
