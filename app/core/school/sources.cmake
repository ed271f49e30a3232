target_sources(sdx_core PRIVATE
    school/SchoolProfile.h
    school/SchoolProfile.cpp
    school/SchoolRepository.h
    school/SchoolRepository.cpp
    school/SchoolYear.h
    school/SchoolYear.cpp
    school/YearRepository.h
    school/YearRepository.cpp
    school/YearCopyForward.h
    school/YearCopyForward.cpp
    school/SchoolSession.h
    school/SchoolSession.cpp
    school/DerivedFactsProvider.h
    school/DerivedFactsProvider.cpp)
