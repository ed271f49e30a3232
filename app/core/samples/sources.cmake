target_sources(sdx_core PRIVATE
    samples/SampleSchool.h
    samples/SampleSchool.cpp
    samples/SampleDocuments.h
    samples/SampleDocuments.cpp)
