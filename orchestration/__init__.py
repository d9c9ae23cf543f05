"""Gaoxin: a warehouse of China's national high-tech zone indicators, checked against their sources."""
