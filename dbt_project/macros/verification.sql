{# Helpers shared by the verification models. #}

{# A number as a reader would write it: 11680000000, 6.35, 42 (no trailing .0, no exponent). #}
{% macro fmt_num(x) -%}
    format('{:.12g}', ({{ x }})::double)
{%- endmacro %}

{# Computed values are compared after rounding away floating-point noise, so that a series giving
   exactly 6.35 % lands on the closed lower edge of [6.35, 6.45) instead of 6.3499999999. #}
{% macro denoise(x) -%}
    round(({{ x }})::double, 9)
{%- endmacro %}
