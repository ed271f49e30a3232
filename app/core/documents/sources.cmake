# Official documents: the document model, one builder per document, renderers (PDF/print, DOCX, ODT),
# their default texts and legal-basis catalogue (resources/documents) and their per-year storage.
find_package(QuaZip-Qt6 REQUIRED)
target_link_libraries(sdx_core PRIVATE QuaZip::QuaZip)

target_sources(sdx_core PRIVATE
    documents/DocumentModel.h
    documents/DocumentModel.cpp
    documents/TableGrid.h
    documents/TableGrid.cpp
    documents/DocumentDump.h
    documents/DocumentDump.cpp
    documents/DocumentText.h
    documents/DocumentText.cpp
    documents/DocumentKind.h
    documents/DocumentKind.cpp
    documents/DocumentInput.h
    documents/DocumentInput.cpp
    documents/LegalBasis.h
    documents/LegalBasis.cpp
    documents/LegalBasisCatalogue.h
    documents/LegalBasisCatalogue.cpp
    documents/NarrativeDefaults.h
    documents/NarrativeDefaults.cpp
    documents/DocumentComposer.h
    documents/DocumentComposer.cpp
    documents/DocumentSentences.h
    documents/DocumentSentences.cpp
    documents/DocumentTables.h
    documents/DocumentTables.cpp
    documents/PlanBuilder.h
    documents/PlanBuilder.cpp
    documents/SelfAssessmentReportBuilder.h
    documents/SelfAssessmentReportBuilder.cpp
    documents/TermReportBuilder.h
    documents/TermReportBuilder.cpp
    documents/DocumentFactory.h
    documents/DocumentFactory.cpp
    documents/AuthoritySummaryTables.h
    documents/AuthoritySummaryTables.cpp
    documents/AuthoritySummaryReportBuilder.h
    documents/AuthoritySummaryReportBuilder.cpp
    documents/InventoryAnnexInput.h
    documents/InventoryAnnexInput.cpp
    documents/InventoryAnnexBuilder.h
    documents/InventoryAnnexBuilder.cpp
    documents/DocumentSamples.h
    documents/DocumentSamples.cpp
    documents/DocumentFonts.h
    documents/DocumentFonts.cpp
    documents/TextDocumentBuilder.h
    documents/TextDocumentBuilder.cpp
    documents/PagePainter.h
    documents/PagePainter.cpp
    documents/PdfRenderer.h
    documents/PdfRenderer.cpp
    documents/OfficeXml.h
    documents/OfficeXml.cpp
    documents/ZipPackage.h
    documents/ZipPackage.cpp
    documents/DocxWriter.h
    documents/DocxWriter.cpp
    documents/OdtWriter.h
    documents/OdtWriter.cpp
    documents/DocumentExport.h
    documents/DocumentExport.cpp
    documents/NarrativeRepository.h
    documents/NarrativeRepository.cpp
    documents/LegalBasisRepository.h
    documents/LegalBasisRepository.cpp
    documents/DocumentMetaRepository.h
    documents/DocumentMetaRepository.cpp
    documents/DocumentYearCopy.h
    documents/DocumentYearCopy.cpp
    documents/DocumentDraft.h
    documents/DocumentDraft.cpp)

qt_add_resources(sdx_core "sdx_core_documents"
    PREFIX "/documents"
    BASE "${SDX_SOURCE_DIR}/resources/documents"
    FILES
        "${SDX_SOURCE_DIR}/resources/documents/legal-bases.json"
        "${SDX_SOURCE_DIR}/resources/documents/narratives/ke-hoach.txt"
        "${SDX_SOURCE_DIR}/resources/documents/narratives/bao-cao-tu-danh-gia.txt"
        "${SDX_SOURCE_DIR}/resources/documents/narratives/bao-cao-so-ket-hk1.txt"
        "${SDX_SOURCE_DIR}/resources/documents/narratives/bao-cao-tong-ket.txt")

# Adapters: a school year's real data (store or exchange file) as a DocumentInput.
target_sources(sdx_core PRIVATE
    documents/DocumentIdentity.h
    documents/DocumentIdentity.cpp
    documents/DocumentInventoryTables.h
    documents/DocumentInventoryTables.cpp
    documents/DocumentInventoryJson.h
    documents/DocumentInventoryJson.cpp
    documents/DocumentAssessmentRows.h
    documents/DocumentAssessmentRows.cpp
    documents/DocumentIndicators.h
    documents/DocumentIndicators.cpp
    documents/DocumentInputAssembler.h
    documents/DocumentInputAssembler.cpp)
