# The exchange with the managing authority: the .sdx file (format, gzip, checksum, reader, writer),
# finalisation of a year (YearLock), school-side restore, and the receiving workspace with its summary.
find_package(ZLIB REQUIRED)
target_link_libraries(sdx_core PRIVATE ZLIB::ZLIB)

target_sources(sdx_core PRIVATE
    exchange/AssessmentPort.h
    exchange/AuthorityProfile.h
    exchange/AuthorityProfile.cpp
    exchange/AuthorityProfileRepository.h
    exchange/AuthorityProfileRepository.cpp
    exchange/ExchangeBuilder.h
    exchange/ExchangeBuilder.cpp
    exchange/ExchangeChecksum.h
    exchange/ExchangeChecksum.cpp
    exchange/ExchangeDocument.h
    exchange/ExchangeDocument.cpp
    exchange/ReportedIndicators.h
    exchange/ReportedIndicators.cpp
    exchange/ExchangeFacts.h
    exchange/ExchangeFacts.cpp
    exchange/ExchangeFactsFile.h
    exchange/ExchangeFactsFile.cpp
    exchange/EngineExchangeScorer.h
    exchange/EngineExchangeScorer.cpp
    exchange/ExchangeFormat.h
    exchange/ExchangeJson.h
    exchange/ExchangeJson.cpp
    exchange/ExchangeReader.h
    exchange/ExchangeReader.cpp
    exchange/ExchangeScorer.h
    exchange/ExchangeScorer.cpp
    exchange/ExchangeServices.h
    exchange/ExchangeServices.cpp
    exchange/ExchangeValidator.h
    exchange/ExchangeValidator.cpp
    exchange/ExchangeWriter.h
    exchange/ExchangeWriter.cpp
    exchange/Gzip.h
    exchange/Gzip.cpp
    exchange/ReceivedSummary.h
    exchange/ReceivedSummary.cpp
    exchange/ReceivingImport.h
    exchange/ReceivingImport.cpp
    exchange/ReceivingStore.h
    exchange/ReceivingStore.cpp
    exchange/ReportingRepository.h
    exchange/ReportingRepository.cpp
    exchange/RepositoryAssessmentPort.h
    exchange/RepositoryAssessmentPort.cpp
    exchange/SchoolRestore.h
    exchange/SchoolRestore.cpp
    exchange/SummaryJson.h
    exchange/SummaryJson.cpp
    exchange/SummaryXlsx.h
    exchange/SummaryXlsx.cpp
    exchange/YearLock.h
    exchange/YearLock.cpp)
