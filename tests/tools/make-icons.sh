#!/bin/sh
# Draws the toolbar and store icons (public/icon/<size>.png) with ImageMagick: a blue rounded
# square with a white tick over a line, for "checked as you type". Run again after changing the
# drawing; the PNGs are committed, so building needs no ImageMagick.
set -eu
cd "$(dirname "$0")/../../public/icon"
for size in 16 32 48 128; do
  convert -size 512x512 xc:none \
    -fill '#1a5fb4' -draw 'roundrectangle 16,16 496,496 96,96' \
    -fill none -stroke white -strokewidth 64 -draw 'stroke-linecap round stroke-linejoin round polyline 128,272 224,368 392,168' \
    -stroke '#9cc3f5' -strokewidth 40 -draw 'stroke-linecap round line 128,432 384,432' \
    -resize "${size}x${size}" "${size}.png"
done
