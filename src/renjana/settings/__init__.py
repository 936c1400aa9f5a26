"""Django settings: ``base`` holds everything; ``dev``, ``test``, ``prod`` differ in safety."""
