"""Frontwatch: wire copy -> conflict events -> rolling casualty tallies per front -> alerts."""
__version__ = "0.1.0"
