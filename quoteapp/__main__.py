from quoteapp.cli import main

main()
