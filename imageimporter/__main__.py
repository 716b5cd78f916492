from imageimporter.cli import main

raise SystemExit(main())
