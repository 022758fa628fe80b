from apicontracts.cli import app

app()
