#!/bin/bash
# Builds the iOS app in the uploaded workspace and leaves an .ipa in build/.
set -euo pipefail
xcodebuild -version
xcodebuild -workspace App.xcworkspace -scheme App -configuration Release \
  -archivePath build/App.xcarchive archive
xcodebuild -exportArchive -archivePath build/App.xcarchive \
  -exportOptionsPlist ExportOptions.plist -exportPath build/
