"""Press-release text: decoding, HTML, repair, conversion, boilerplate. No Dagster imports here."""
