"""A local stand-in for X API v2 and the Facebook Graph API: see docs/simulator.md."""

from publishing.simulator.client import SimulatorControl
from publishing.simulator.server import Simulator

__all__ = ["Simulator", "SimulatorControl"]
