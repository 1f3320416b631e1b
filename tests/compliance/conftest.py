"""The shared builders live in tests/factories.py and the fixtures in tests/conftest.py."""

from tests.factories import PDF, STORY, complete_release

__all__ = ["PDF", "STORY", "complete_release"]
