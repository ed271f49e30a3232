# The documents page: choose, fill in, preview, print and save the school's Kế hoạch and Báo cáo.
target_sources(sdx_gui PRIVATE
    documents/DocumentsPage.h
    documents/DocumentsPage.cpp
    documents/DocumentPrinting.h
    documents/DocumentPrinting.cpp
    documents/LegalBasisListModel.h
    documents/LegalBasisListModel.cpp
    documents/NarrativeSectionListModel.h
    documents/NarrativeSectionListModel.cpp
    documents/LegalBasisDialog.h
    documents/LegalBasisDialog.cpp
    "${SDX_SOURCE_DIR}/forms/documentspage.ui"
    "${SDX_SOURCE_DIR}/forms/legalbasisdialog.ui")
