from ntmcli.cli import main

main()
