#!/usr/bin/python3
"""Makes the TrueType copies of Inter that the PDF handout embeds.

PDFBox 3 can embed only fonts with TrueType (quadratic) outlines, and the bundled Inter files are
OpenType/CFF (cubic). This script subsets one bundled Inter .otf and redraws its outlines as
quadratic curves (fontTools' cu2qu, at most one font unit away from the original). Names, metrics,
kerning and the other layout tables stay as they were. Needs Debian's python3-fonttools (4.38).

Usage: packaging/fonts/inter-to-truetype.py IN.otf OUT.ttf
"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

# Latin, Greek, Cyrillic, punctuation, currency, letterlike symbols, arrows and maths operators:
# what a news article about a European dispute can hold, and the marks the handout draws itself.
UNICODES = ("U+0000-024F,U+0259,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,"
            "U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-27BF,U+FB01-FB02")
MAX_ERROR = 1.0


def subset_font(font):
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.recalc_bounds = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)


def to_truetype(font):
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\0\1\0\0"


def main(source, target):
    font = TTFont(source, recalcTimestamp=False)
    subset_font(font)
    to_truetype(font)
    font.save(target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
