target_sources(sdx_core PRIVATE
    common/Status.h
    common/Status.cpp
    common/SafeFile.h
    common/SafeFile.cpp
    common/AppPaths.h
    common/AppPaths.cpp
    common/Version.h
    common/Version.cpp
    common/DerivedFact.h)
