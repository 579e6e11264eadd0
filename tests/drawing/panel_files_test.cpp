#include "drawing/panel_files.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("a panel file's type is its extension, in any case", "[drawing][panel]") {
    REQUIRE(panelFileTypeOf("a/p.dxf"));
    CHECK(panelFileTypeOf("a/p.DXF")->name == "DXF");
    CHECK(panelFileTypeOf("p.svg")->name == "SVG");
    CHECK(panelFileTypeOf("p.png") == nullptr);
    CHECK(panelFileTypeOf("p") == nullptr);
}

TEST_CASE("every panel file type is writable: DXF, SVG and PDF", "[drawing][panel]") {
    REQUIRE(panelFileTypeOf("p.PDF"));
    CHECK(panelFileTypeOf("p.pdf")->name == "PDF");
    CHECK(writablePanelExtensions() == ".dxf, .svg, .pdf");
}

TEST_CASE("each writable panel file type writes its format", "[drawing][panel]") {
    const Drawing d;
    CHECK(panelFileTypeOf("p.dxf")->write(d, DxfVersion::r2000).find("AC1015") != std::string::npos);
    CHECK(panelFileTypeOf("p.svg")->write(d, DxfVersion::r12).find("<svg") != std::string::npos);
    CHECK(panelFileTypeOf("p.pdf")->write(d, DxfVersion::r12).starts_with("%PDF-"));
}
