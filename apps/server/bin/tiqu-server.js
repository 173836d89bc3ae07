#!/usr/bin/env node
// A committed entry, not the built one, so that package managers can link the `tiqu-server` command at
// install time, before the workspace is built.
import '../dist/bin.js'
