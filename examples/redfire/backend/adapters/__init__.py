"""Broker adapters: CTP, IB, OKEx (placeholder)."""
