from idphoto.cli import main

main()
